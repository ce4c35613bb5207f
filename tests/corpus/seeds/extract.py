#!/usr/bin/env python3
"""Extracts the code cells of the course seeds (shared/seeds/*.txt in a folder above the repository, or the
folder given) into programs here: seedNNN_cellK.py, one per cell, in the seed's order.

What counts as a cell:
  - a notebook cell `In [n]:` : the code after it, up to the printed output (a chunk that does not compile,
    or starts like output: a string, a TokenInfo(...) row, an indented number of a dis listing); the value of
    its last expression is echoed as a notebook echoes it (repr, unless None);
  - a fenced ```python block;
  - a fenced ```bash block `python[3] [-m MODULE] FILE`, where FILE is the program of the python block before
    it: the cell writes that program to a scratch folder and runs the module's main() there (py_compile
    cells then print whether the cache file was written);
  - in a seed without fences or notebook cells: runs of blank-line-separated paragraphs that each compile and
    look like code (an assignment, call, def, import or return), prose lines running into them dropped.
A cell repeated in one seed is kept once.
Lines of a disassembly listing cannot be compared with CPython's (pytk runs its own bytecode), so a cell that
disassembles gets NAME.filter: regen.sh and the test drop listing lines from both outputs, and the test
checks that pytk printed a listing.

Usage: python3 tests/corpus/seeds/extract.py [SEEDS_DIR]   then tests/corpus/seeds/regen.sh
"""
import ast
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DIS_FILTER = r'^\s*(\d+|--)?\s*(-->)?\s*(L\d+:)?\s*[A-Z][A-Z_0-9]+( +\d+.*)?$|^Disassembly of |^ExceptionTable:|^  L\d+ to L\d+ -> |^\s*$'


def compiles(text):
    try:
        compile(text, '<cell>', 'exec')
        return True
    except SyntaxError:
        return False


def looks_like_output(chunk):
    first = chunk.lstrip('\n').split('\n', 1)[0]
    return (first.startswith(('"', "'", 'TokenInfo(')) or re.match(r'^\s+\d+\s', first) is not None
            or not compiles(chunk))


def notebook_cells(lines):
    cells = []
    i = 0
    while i < len(lines):
        if re.match(r'^In \[\d+\]:\s*$', lines[i]):
            i += 1
            chunks, current = [], []
            while i < len(lines) and not re.match(r'^In \[\d+\]:', lines[i]):
                if lines[i].strip() == '':
                    if current:
                        chunks.append('\n'.join(current))
                        current = []
                else:
                    current.append(lines[i])
                i += 1
            if current:
                chunks.append('\n'.join(current))
            code = []
            for chunk in chunks:
                if looks_like_output(chunk) or not compiles('\n\n'.join(code + [chunk])):
                    break
                code.append(chunk)
            if code:
                cells.append(('notebook', echo_last('\n\n'.join(code) + '\n')))
        else:
            i += 1
    return cells


def echo_last(source):
    """A notebook echoes its cell's last expression value: that statement becomes a print of its repr."""
    tree = ast.parse(source)
    if not tree.body or not isinstance(tree.body[-1], ast.Expr):
        return source
    last = tree.body[-1]
    lines = source.split('\n')
    expr = '\n'.join(lines[last.lineno - 1:last.end_lineno])
    head = '\n'.join(lines[:last.lineno - 1])
    return (head + '\n' if head else '') + f'_cell_value = (\n{expr}\n)\nif _cell_value is not None:\n    print(repr(_cell_value))\n'


def fenced_cells(text):
    cells = []
    last_program = None
    for m in re.finditer(r'```(\w*)\n(.*?)```', text, re.S):
        lang, body = m.group(1), m.group(2)
        if lang == 'python':
            cells.append(('python', body))
            last_program = body
        elif lang == 'bash' and last_program is not None:
            for line in body.strip().split('\n'):
                c = re.fullmatch(r'python3? (?:-m (\w+) )?(\w+\.py)', line.strip())
                if c:
                    cells.append(('command', command_cell(c.group(1), c.group(2), last_program)))
    return cells


def command_cell(module, filename, program):
    run = (f'import {module}\nsys.argv = [{module!r}, {filename!r}]\n{module}.main()\n' if module
           else f'exec(compile(open({filename!r}).read(), {filename!r}, "exec"))\n')
    check = ''
    if module == 'py_compile':
        check = (f'print(any(n.startswith({filename[:-3] + "."!r}) and n.endswith(".pyc") '
                 f'for n in os.listdir("__pycache__")))\n')
    return ('import os, sys\n'
            'scratch = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pytk-seed-cell-" + str(os.getpid()))\n'
            'os.makedirs(scratch, exist_ok=True)\n'
            'os.chdir(scratch)\n'
            f'with open({filename!r}, "w") as f:\n    f.write({program!r})\n' + run + check)


def paragraph_cells(text):
    cells, run = [], []
    for para in re.split(r'\n\s*\n', text):
        para = para.strip('\n')
        # Prose may run into the code without a blank line ("...creates a frame object.\ndef f():"): drop it.
        lines = para.split('\n')
        while len(lines) > 1 and not compiles('\n'.join(lines)):
            lines = lines[1:]
        para = '\n'.join(lines)
        code_like = re.search(r'(^|\n)\s*(import |from |def |class |return |print\(|\w+(\.\w+)* *=[^=]|\w+(\.\w+)*\()', para)
        if para and code_like and compiles(para):
            run.append(para)
        else:
            if run:
                cells.append(('paragraph', '\n\n'.join(run) + '\n'))
            run = []
    if run:
        cells.append(('paragraph', '\n\n'.join(run) + '\n'))
    return cells


def main():
    seeds = sys.argv[1] if len(sys.argv) > 1 else None
    up = REPO
    while seeds is None and os.path.dirname(up) != up:
        up = os.path.dirname(up)
        if os.path.isdir(os.path.join(up, 'shared', 'seeds')):
            seeds = os.path.join(up, 'shared', 'seeds')
    if seeds is None:
        sys.exit('extract.py: no shared/seeds folder above the repository; give its path')
    for old in glob.glob(os.path.join(HERE, 'seed*')):
        os.remove(old)
    total = 0
    for n, path in enumerate(sorted(glob.glob(os.path.join(seeds, '*.txt')))):
        text = open(path, encoding='utf-8').read()
        if re.search(r'^In \[\d+\]:', text, re.M):
            cells = notebook_cells(text.split('\n'))
        elif '```' in text:
            cells = fenced_cells(text)
        else:
            cells = paragraph_cells(text)
        unique = []
        for kind, code in cells:
            if all(code != c for _, c in unique):
                unique.append((kind, code))
        for k, (kind, code) in enumerate(unique, 1):
            name = os.path.join(HERE, f'seed{n:03d}_cell{k}')
            header = f'# {kind} cell {k} of {os.path.basename(path)} (extracted by extract.py; do not edit)\n'
            with open(name + '.py', 'w', encoding='utf-8') as f:
                f.write(header + code)
            if re.search(r'\bdis\b', code):
                with open(name + '.filter', 'w', encoding='utf-8') as f:
                    f.write(DIS_FILTER + '\n')
            total += 1
    print(f'extracted {total} cells')


if __name__ == '__main__':
    main()
