NAME = 'tools submodule'
