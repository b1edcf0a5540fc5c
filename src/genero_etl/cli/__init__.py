"""The command line: parse options, call one pipeline function, render its result."""
