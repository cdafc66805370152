"""Errors a user can cause; the CLI turns each into one line on stderr and exit code 2."""


class FactdiffError(Exception):
    """Base of every error factdiff reports to the user."""


class InputError(FactdiffError):
    """A path, file or baseline that cannot be used."""


class ConfigError(FactdiffError):
    """A configuration file or option with an unknown key or a wrong type."""
