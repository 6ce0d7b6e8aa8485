-- Schema version 6: each copy also names its parent, the most original stored document
-- it nearly duplicates (`original_id` is the parent's original, the coded document).
-- `distance` and `containment` are now measured against the parent, the text the copy
-- really duplicates. Copies stored before this version get their original as parent.

ALTER TABLE copies ADD COLUMN parent_id TEXT REFERENCES documents(id) ON DELETE CASCADE;
UPDATE copies SET parent_id = original_id;
CREATE INDEX copies_parent_id ON copies(parent_id);
