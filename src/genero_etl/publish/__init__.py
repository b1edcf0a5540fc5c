"""Publishing: the only code that writes published files."""
