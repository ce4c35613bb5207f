raise RuntimeError('helper is not a test module and is never imported')
