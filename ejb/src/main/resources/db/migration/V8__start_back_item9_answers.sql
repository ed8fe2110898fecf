-- STarT Back item 9 ("how bothersome") is now stored as the patient's own answer among the five
-- the published tool offers (0 Not at all, 1 Slightly, 2 Moderately, 3 Very much, 4 Extremely),
-- and scored from it: 3 and 4 give the point, 0-2 none. Until now only the point, 0 or 1, was
-- stored, so which of the answers the patient gave is not known for the responses already saved.
--
-- Those answers become the lowest answer that gives the same point: 0 stays 0 (Not at all), 1
-- becomes 3 (Very much). Every stored score, risk group and distress subscale stays exactly as it
-- was, and a response corrected later is scored as before. The audit history (the *_aud tables)
-- is left as it was written: it shows the point as stored at the time.
UPDATE instrument_answer
   SET value = 3
 WHERE item_number = 9
   AND value = 1
   AND response_id IN (SELECT id FROM instrument_response WHERE instrument_code = 'STarT-Back');

-- Licensed answer labels the clinic supplied for item 9 described the two points, not the five
-- answers; they are removed so that no answer shows a label meant for another. The neutral labels
-- ("Answer option 0" ...) show until the clinic supplies the five answers' text. The item's own
-- text (option_value null) is kept.
DELETE FROM instrument_text
 WHERE instrument_code = 'STarT-Back'
   AND item_number = 9
   AND option_value IS NOT NULL;
