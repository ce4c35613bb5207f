MARK = '#'
