"""The start-up benchmark package."""
