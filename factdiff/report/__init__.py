"""The report stage: the same findings rendered as a table, JSON, or (for CI) other formats.
Renderers only format; they never decide what is a finding."""
