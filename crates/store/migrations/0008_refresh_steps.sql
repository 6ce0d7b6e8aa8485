-- Schema version 8: a refresh commits one step at a time. The identities whose
-- profiles must be rebuilt (they gained or lost a record) wait here from the step that
-- touched them to the end of the refresh, so a refresh stopped midway resumes with
-- nothing forgotten.

CREATE TABLE merge_profiles_due (
    actor_id TEXT PRIMARY KEY
);
