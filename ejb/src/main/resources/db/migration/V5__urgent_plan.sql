-- Issue 5 follow-up: the banner's "urgent plan needed" follows the workup's red-flag section
-- (a RED_FLAG_RAISED event on the case), not any red flag of the referral. Kept on the case so
-- that every page with a banner knows it without another query.
ALTER TABLE case_file ADD COLUMN urgent_plan_needed boolean NOT NULL DEFAULT false;
ALTER TABLE case_file_aud ADD COLUMN urgent_plan_needed boolean;

UPDATE case_file c SET urgent_plan_needed = true
 WHERE EXISTS (SELECT 1 FROM case_event e WHERE e.referral_id = c.referral_id AND e.kind = 'RED_FLAG_RAISED');
