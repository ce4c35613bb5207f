VALUE = "local random shadows the built-in"
