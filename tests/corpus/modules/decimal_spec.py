# decimal beyond everyday arithmetic: the operations of the General Decimal Arithmetic specification, the
# correctly rounded functions, signals, formatting and the numeric protocols.
import decimal
import math
import pickle
from decimal import (Decimal as D, Context, localcontext, getcontext, ExtendedContext, BasicContext,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
                     ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation)
from fractions import Fraction


def flags(ctx):
    return sorted(s.__name__ for s, v in ctx.flags.items() if v)


def run(ctx, name, *args):
    """Calls the context operation with fresh flags; prints the result and the flags it raised."""
    ctx.clear_flags()
    try:
        r = getattr(ctx, name)(*args)
    except decimal.DecimalException as e:
        r = 'raised ' + type(e).__name__
    print(name, *args, '->', r, flags(ctx))


c = Context(prec=9, traps=[])
# logical operations, shift and rotate
run(c, 'logical_and', D('1100'), D('1010'))
run(c, 'logical_or', D('1100'), D('1010'))
run(c, 'logical_xor', D('1100'), D('1010'))
run(c, 'logical_invert', D('101'))
run(c, 'logical_and', D('12'), D('1'))
run(c, 'shift', D('123456789'), 3)
run(c, 'shift', D('123456789'), -3)
run(c, 'rotate', D('123456789'), 4)
run(c, 'rotate', D('123'), -1)
run(c, 'shift', D('1'), 10)
# total order, neighbours, fused multiply-add
for a, b in [('12.30', '12.3'), ('-0', '0'), ('NaN', 'Infinity'), ('-sNaN2', '-NaN1'), ('1E+2', '100')]:
    run(c, 'compare_total', D(a), D(b))
run(c, 'compare_total_mag', D('-3'), D('2'))
run(c, 'next_plus', D('1'))
run(c, 'next_minus', D('1'))
run(c, 'next_toward', D('1'), D('0'))
run(c, 'next_plus', D('-1E-1007'))
run(c, 'next_plus', D('9.99999999E+999999'))
run(c, 'fma', D('888565290'), D('1557.96930'), D('-86087.7578'))
run(c, 'fma', D(0), D('Inf'), D('sNaN7'))
run(c, 'scaleb', D('7.50'), D(-2))
run(c, 'logb', D('0.00250'))
run(c, 'logb', D(0))
run(c, 'number_class', D('1E-1000'))
run(c, 'number_class', D('-0'))
run(c, 'max', D('1.0'), D('1'))
run(c, 'min_mag', D('-2'), D('2'))
run(c, 'max', D('NaN'), D('5'))
# correctly rounded functions
for x in ['2', '0.5', '10', '1E+100', '1.000000001', '12345.6789']:
    run(c, 'ln', D(x))
    run(c, 'log10', D(x))
for x in ['1', '-1', '0.001', '100', '-1000', '2.302585093', '1E-20']:
    run(c, 'exp', D(x))
run(c, 'exp', D('1E+10'))
run(c, 'exp', D('-1E+10'))
for a, b in [('2', '0.5'), ('4', '0.5'), ('2', '-2'), ('10', '20'), ('1.1', '100'), ('-2', '3'), ('-2', '0.5'),
             ('0', '-1'), ('Inf', '-2'), ('1.000', '3'), ('9', '1.5'), ('152587890625', '-0.0625'), ('3', '-3')]:
    run(c, 'power', D(a), D(b))
run(c, 'power', D(3), D(7), D(10))
run(c, 'power', D(3), D('7.5'), D(10))
for x in ['2', '0.39', '100', '1E-9', '0.0', '-4']:
    run(c, 'sqrt', D(x))
# rounding modes, quantize and integral values
for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR,
             ROUND_05UP]:
    print(mode, [str(D(x).quantize(D('1'), rounding=mode)) for x in ['2.5', '-2.5', '1.05', '-0.4', '10.51']],
          D('7.25').quantize(D('0.1'), rounding=mode))
run(c, 'quantize', D('123.456'), D('1E-10'))
run(c, 'quantize', D('1.666666E-1000'), D('1e-1005'))
run(c, 'to_integral_exact', D('2.5'))
run(c, 'to_integral_value', D('2.5'))
run(c, 'remainder_near', D('10'), D('6'))
run(c, 'remainder', D('1E+10'), D('3'))
run(c, 'divide_int', D('1E+10'), D('3'))
run(c, 'divide', D('1'), D('0'))
run(c, 'divide', D('0'), D('0'))
# exponent limits: overflow, underflow, subnormals, clamping
small = Context(prec=3, Emax=9, Emin=-9, traps=[])
run(small, 'multiply', D('9E+9'), D('10'))
run(small, 'multiply', D('1.23E-9'), D('0.01'))
run(small, 'multiply', D('1E-9'), D('1E-9'))
run(small, 'plus', D('1.2E-10'))
small.clamp = 1
run(small, 'plus', D('1E+9'))
small.rounding = ROUND_DOWN
run(small, 'multiply', D('9E+9'), D('10'))
narrow = Context(prec=28, Emax=9, Emin=-9, clamp=1, traps=[])
run(narrow, 'divide_int', D('-407942600346940'), D('48482943999469567E-13'))
run(narrow, 'divmod', D('9625198423E-12'), D('585390419E8'))
run(narrow, 'quantize', D('975316562122E-248'), D('0'))
# traps raise the most important signal; flags record all of them
t = Context(prec=3, traps=[Inexact])
try:
    t.divide(D(1), D(3))
except Inexact as e:
    print('trapped', type(e).__name__, flags(t))
t = Context(prec=3, Emax=5, traps=[Overflow, Inexact])
try:
    t.multiply(D('1E+5'), D(100))
except decimal.DecimalException as e:
    print('trapped', type(e).__name__, isinstance(e, Inexact), flags(t))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError),
      decimal.DivisionUndefined.__mro__[1].__name__, decimal.ConversionSyntax.__bases__[0].__name__)
# floats: exact conversion, FloatOperation
print(D.from_float(0.1), D.from_float(-0.0), D.from_float(float('inf')), D(2.5), c.create_decimal_from_float(0.1))
print(math.copysign(1.0, float(D('-NaN'))), math.copysign(1.0, float(D('NaN'))), float(D('-0')), float(D('1e400')))
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    print(D('0.5') == 0.5, D('0.1') == 0.1)
    try:
        D('1') < 2.0
    except FloatOperation:
        print('FloatOperation on <')
    try:
        D(1.5)
    except FloatOperation:
        print('FloatOperation in the constructor')
# numbers: ratios, hashes equal to int/float/Fraction, comparisons with Fraction
print(D('-3.14').as_integer_ratio(), D('1E+3').as_integer_ratio(), D('0.125').as_integer_ratio())
print(hash(D('1.5')) == hash(1.5) == hash(Fraction(3, 2)), hash(D(10 ** 30)) == hash(10 ** 30),
      hash(D('0.1')) == hash(Fraction(1, 10)), hash(D('-Inf')) == hash(float('-inf')), hash(D('-1')))
print(D('0.5') == Fraction(1, 2), D('0.3') < Fraction(1, 3), D('1') == 1 + 0j, D('2.5') > 2, 3 > D('2.99'))
print(math.floor(D('-2.5')), math.ceil(D('-2.5')), round(D('2.675'), 2), round(D('-0.5')), math.trunc(D('-7.9')))
for bad in [D('NaN'), D('Inf')]:
    for fn in [int, D.as_integer_ratio, round]:
        try:
            fn(bad)
        except (ValueError, OverflowError) as e:
            print(fn.__name__, bad, type(e).__name__, e)
try:
    hash(D('sNaN'))
except TypeError as e:
    print('hash:', e)
# strings, tuples, NaN payloads
print([str(D(s)) for s in ['1_000.5', '-0E+2', '  12e-9 ', 'nan123', '-sNaN0', 'Infinity', '\u0661\u0662.5']])
print([D(x).to_eng_string() for x in ['123E+1', '0.000012', '0E+2', '-1.5E-7', '12E+5']])
print(D((1, (0, 0, 4, 2), -3)), D((0, (1, 2), 'n')), D((1, (), 'F')), D('1.5E+3').as_tuple(), D('NaN5').as_tuple())
for bad in [(2, (1,), 0), (0, (1, 10), 0), (0, (1,), 1.5), (0, (1,))]:
    try:
        D(bad)
    except ValueError as e:
        print('ValueError:', str(e)[:40])
run(c, 'create_decimal', 'NaN1234567890')
run(c, 'create_decimal', ' 1')
run(c, 'create_decimal', '1.23456789012')
print(D('abc', Context(traps=[])), D('1_2_3'))
# format(): every presentation type, fill/align/sign/z/#/0/width/grouping/precision
v = D('-1234567.891')
for spec in ['', 'e', '.3e', 'E', 'f', '.2f', ',.2f', 'g', '.4g', '.10g', 'G', '%', '.1%', '>20', '<20.1f',
             '^20,.2f', '020,.2f', '+.1f', ' .1f', 'z.1f', '#.0f', 'n', '.3n']:
    print(repr(spec), format(v, spec), format(D('0.00001234'), spec), format(D('-0.0001'), spec))
print(format(D('Inf'), '>10'), format(D('-NaN'), '+'), format(D('1E+5'), 'f'), format(D('0E-5'), '.2e'),
      format(D('123.456'), '*^+15.2f'))
with localcontext(rounding=ROUND_DOWN):
    print(format(D('2.999'), '.2f'), format(D('-0.001'), 'z.2f'))
for bad in ['.2x', '_f', ',n', '10.2.3f']:
    try:
        format(D(1), bad)
    except ValueError as e:
        print('format error:', e)
# contexts: templates, copies, validation, localcontext keywords, pickling
print(getcontext().prec, ExtendedContext.prec, BasicContext.rounding, repr(Context(prec=5, flags=[], traps=[Overflow])))
with localcontext(prec=5, rounding=ROUND_UP) as ctx:
    print(D(1) / 3, ctx.prec, ctx.rounding)
print(D(1) / 3)
for kw in [{'prec': 0}, {'Emax': -1}, {'rounding': 'sideways'}, {'clamp': 2}, {'precision': 3}]:
    try:
        localcontext(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for name, value in [('flags', (0, 1)), ('traps', ['X'])]:
    try:
        Context(**{name: value})
    except (TypeError, KeyError) as e:
        print(name, type(e).__name__)
ctx = Context(prec=12, rounding=ROUND_05UP, Emin=-50, Emax=50, capitals=0, clamp=1, flags=[Rounded], traps=[])
back = pickle.loads(pickle.dumps(ctx))
print(back, back.flags[Rounded])
for x in [D('-1.50E+7'), D('NaN12'), D('-Inf'), D('0E-3')]:
    y = pickle.loads(pickle.dumps(x))
    print(repr(y), y.as_tuple() == x.as_tuple())
print(c.Etiny(), c.Etop(), decimal.MAX_PREC, decimal.MIN_ETINY)
print(D('1E+3').__repr__(), str(D('1E+3')), Context(capitals=0).to_sci_string(D('1E+3')))


class Money(D):
    pass


m = Money('1.50')
print(type(m + 1).__name__, type(m.max(2)).__name__, type(Money(m)).__name__, repr(m), m == D('1.5'))
