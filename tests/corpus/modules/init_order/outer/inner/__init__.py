print('inner init', __name__, __package__)
