"""Review before publish: the report a person reads, the decisions they make, and versions.

- :mod:`.decisions`: accept / reject / correct, stored in the workspace by observation id;
- :mod:`.sheet`: the review spreadsheet (xlsx or CSV) with a decision column, and reading it back;
- :mod:`.report`: one self-contained HTML report of what is staged;
- :mod:`.diff`: observations added, removed and changed between two published versions;
- :mod:`.docs`: the README.md and CHANGES.md every published version carries.
"""
