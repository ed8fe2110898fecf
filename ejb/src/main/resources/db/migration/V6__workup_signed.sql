-- Issue 9: a case reaches "Ready for MDT" only with its workup signed. The case keeps whether its
-- workup is signed so that the lifecycle (offered commands, the REST command) can refuse the step
-- by hand before signing without another query, and can offer it again after a return to workup.
ALTER TABLE case_file ADD COLUMN workup_signed boolean NOT NULL DEFAULT false;
ALTER TABLE case_file_aud ADD COLUMN workup_signed boolean;

UPDATE case_file c SET workup_signed = true
 WHERE EXISTS (SELECT 1 FROM workup w WHERE w.case_file_id = c.id AND w.signed_at IS NOT NULL);

-- The banner's "urgent plan needed" now follows the red-flag section on every save; cases whose
-- plan was written before this fix stop asking for it.
UPDATE case_file c SET urgent_plan_needed = false
 WHERE c.urgent_plan_needed
   AND EXISTS (SELECT 1 FROM workup w JOIN workup_section s ON s.workup_id = w.id
                WHERE w.case_file_id = c.id AND s.section = 'RED_FLAGS'
                  AND s.content ->> 'urgentPlan' IS NOT NULL);
