def main():
    return 'tool main ran'
print('tool imported as', __name__)
if __name__ == '__main__':
    print('never printed on import')
