// Python 3.13 syntax, written for pytk from the Language Reference. Shaped for SLL prediction: every
// decision is settled by a token or two, so the parser almost never needs full-context (LL) prediction.
// To get there the grammar is deliberately looser than Python in a few places, and AstBuilder does the
// rest with CPython's messages:
//  - assignment targets, annotated targets, del targets, keyword-argument names, walrus targets and
//    lambda/def parameter order are parsed as expressions or flat lists, then checked;
//  - `match` is recognised before parsing by SoftKeywordTokenSource (it becomes MATCH), because telling
//    `match (x):` from `match(x)` would otherwise need a lookahead to the end of every statement that
//    starts with a name; `case` and `type` are plain NAMEs checked by a predicate on their text.
parser grammar PythonParser;

options { tokenVocab = PythonLexer; contextSuperClass = PytkContext; }

// MATCH: a NAME `match` that starts a line ending in `:` (see SoftKeywordTokenSource).
tokens { MATCH }

@members {
    bool Soft(string word) => TokenStream.LT(1).Text == word;
}

// ---- entry points ----------------------------------------------------------------------------------

file_input : (NEWLINE | statement)* EOF ;
interactive : (NEWLINE | compound_stmt NEWLINE? | simple_stmts) EOF ;
eval_input : star_expressions NEWLINE* EOF ;
func_type_input : LPAR type_expressions? RPAR RARROW expression NEWLINE* EOF ;
type_expressions : type_expression (COMMA type_expression)* COMMA? ;
type_expression : (STAR | DOUBLESTAR)? expression ;

// ---- statements ------------------------------------------------------------------------------------

statement : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : {Soft("type")}? NAME NAME type_params? EQUAL expression        # typeAlias
    | (yield_expr | star_expressions) assign_rest                     # exprStmt
    | RETURN star_expressions?                                        # returnStmt
    | IMPORT dotted_as_name (COMMA dotted_as_name)*                   # importName
    | FROM (DOT | ELLIPSIS)* dotted_name? IMPORT import_targets       # importFrom
    | RAISE (expression (FROM expression)?)?                          # raiseStmt
    | PASS                                                            # passStmt
    | DEL star_expressions                                            # delStmt
    | ASSERT expression (COMMA expression)?                           # assertStmt
    | BREAK                                                           # breakStmt
    | CONTINUE                                                        # continueStmt
    | GLOBAL NAME (COMMA NAME)*                                       # globalStmt
    | NONLOCAL NAME (COMMA NAME)*                                     # nonlocalStmt
    ;

assign_rest
    : COLON expression (EQUAL (yield_expr | star_expressions))?     # annAssign
    | augassign (yield_expr | star_expressions)                      # augAssign
    | (EQUAL (yield_expr | star_expressions))*                       # plainAssign
    ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
    | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;

import_targets : LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR | import_as_name (COMMA import_as_name)* | STAR ;
import_as_name : NAME (AS NAME)? ;
dotted_as_name : dotted_name (AS NAME)? ;
dotted_name : NAME (DOT NAME)* ;

compound_stmt
    : decorator* (function_def | class_def)
    | if_stmt
    | while_stmt
    | for_stmt
    | with_stmt
    | try_stmt
    | match_stmt
    ;

block : simple_stmts | NEWLINE INDENT statement+ DEDENT ;

decorator : AT named_expression NEWLINE ;

function_def : ASYNC? DEF NAME type_params? LPAR parameters? RPAR (RARROW expression)? COLON block ;
class_def : CLASS NAME type_params? (LPAR arguments? RPAR)? COLON block ;

if_stmt : IF named_expression COLON block elif_clause* else_block? ;
elif_clause : ELIF named_expression COLON block ;
else_block : ELSE COLON block ;
while_stmt : WHILE named_expression COLON block else_block? ;
for_stmt : ASYNC? FOR target_list IN star_expressions COLON block else_block? ;

with_stmt
    : ASYNC? WITH LPAR with_item (COMMA with_item)* COMMA? RPAR COLON block
    | ASYNC? WITH with_item (COMMA with_item)* COLON block
    ;
with_item : expression (AS target)? ;

try_stmt : TRY COLON block (except_clause+ else_block? finally_block? | finally_block) ;
except_clause : EXCEPT STAR? (expression (COMMA expression)* COMMA? (AS NAME)?)? COLON block ;
finally_block : FINALLY COLON block ;

// ---- match -----------------------------------------------------------------------------------------

match_stmt : MATCH subject COLON NEWLINE INDENT case_block+ DEDENT ;
subject : star_named_expression (COMMA star_named_expression)* COMMA? ;
case_block : {Soft("case")}? NAME patterns (IF named_expression)? COLON block ;

patterns : star_pattern (COMMA star_pattern)* COMMA? ;
star_pattern : STAR NAME | pattern ;
pattern : closed_pattern (VBAR closed_pattern)* (AS NAME)? ;
closed_pattern
    : MINUS? NUMBER ((PLUS | MINUS) NUMBER)?                          # numberPattern
    | strings                                                         # stringPattern
    | NONE                                                            # nonePattern
    | TRUE                                                            # truePattern
    | FALSE                                                           # falsePattern
    | NAME (DOT NAME)* (LPAR (pattern_arg (COMMA pattern_arg)* COMMA?)? RPAR)?   # namePattern
    | LPAR (star_pattern (COMMA star_pattern)* COMMA?)? RPAR         # groupPattern
    | LSQB (star_pattern (COMMA star_pattern)* COMMA?)? RSQB         # listPattern
    | LBRACE (mapping_item (COMMA mapping_item)* COMMA?)? RBRACE     # mappingPattern
    ;
pattern_arg : NAME EQUAL pattern | pattern ;
mapping_item : DOUBLESTAR NAME | closed_pattern COLON pattern ;

// ---- type parameters (PEP 695, 696) ----------------------------------------------------------------

type_params : LSQB type_param (COMMA type_param)* COMMA? RSQB ;
type_param
    : NAME (COLON expression)? (EQUAL expression)?
    | STAR NAME (EQUAL star_expression)?
    | DOUBLESTAR NAME (EQUAL expression)?
    ;

// ---- parameters ------------------------------------------------------------------------------------

// One flat list; AstBuilder sorts it into posonly/args/vararg/kwonly/kwarg and checks the order.
parameters : param_item (COMMA param_item)* COMMA? ;
param_item
    : SLASH                                                           # slashParam
    | STAR (NAME (COLON star_annotation)?)?                           # starParam
    | DOUBLESTAR NAME (COLON expression)?                             # kwParam
    | NAME (COLON ann=expression)? (EQUAL dflt=expression)?           # plainParam
    ;
star_annotation : STAR expr | expression ;
lambda_params : lambda_param (COMMA lambda_param)* COMMA? ;
lambda_param : SLASH | STAR NAME? | DOUBLESTAR NAME | NAME (EQUAL expression)? ;

// ---- expressions -----------------------------------------------------------------------------------

star_expressions : star_expression (COMMA star_expression)* COMMA? ;
star_expression : STAR expr | expression ;
star_named_expression : STAR expr | expression (COLONEQUAL expression)? ;

// Walrus target checked by AstBuilder; keeps the choice LL(1).
named_expression : expression (COLONEQUAL expression)? ;

expression
    : cond (IF cond ELSE expression)?
    | LAMBDA lambda_params? COLON expression
    ;

// `or`, `and`, `not` and comparisons in one rule (precedence climbing), rather than one rule per level:
// every atom of every expression goes through these levels, and a rule invocation is what costs.
// Operands of comparisons are `expr`, so `not` cannot appear inside arithmetic, as in Python.
cond
    : expr (comp_op expr)*                                            # comparison
    | NOT cond                                                        # notTest
    | cond AND cond                                                   # andTest
    | cond OR cond                                                    # orTest
    ;
comp_op : EQEQUAL | NOTEQUAL | LESS | LESSEQUAL | GREATER | GREATEREQUAL | IN | NOT IN | IS | IS NOT ;

// The operator levels below comparisons, highest first (ANTLR turns this into precedence climbing).
expr
    : AWAIT? atom trailer*                                            # primaryExpr
    | <assoc = right> expr DOUBLESTAR expr                            # powerExpr
    | (PLUS | MINUS | TILDE) expr                                     # unaryExpr
    | expr (STAR | SLASH | DOUBLESLASH | PERCENT | AT) expr           # binExpr
    | expr (PLUS | MINUS) expr                                        # binExpr
    | expr (LEFTSHIFT | RIGHTSHIFT) expr                              # binExpr
    | expr AMPER expr                                                 # binExpr
    | expr CIRCUMFLEX expr                                            # binExpr
    | expr VBAR expr                                                  # binExpr
    ;

trailer
    : DOT NAME
    | LPAR arguments? RPAR
    | LSQB slices RSQB
    ;

atom
    : NAME                                                            # nameAtom
    | (TRUE | FALSE | NONE | ELLIPSIS)                                # constAtom
    | NUMBER                                                          # numberAtom
    | strings                                                         # stringAtom
    | LPAR (yield_expr | star_named_expression elements_tail)? RPAR   # parenAtom
    | LSQB (star_named_expression elements_tail)? RSQB                # listAtom
    | LBRACE brace_body? RBRACE                                       # braceAtom
    ;

// After the first element: a comprehension, or more elements. `sawComma` is read by AstBuilder.
elements_tail : comp_for | (COMMA star_named_expression)* COMMA? ;

brace_body
    : DOUBLESTAR expr dict_tail                                       # dictFromStar
    | named_expression (COLON expression dict_tail | elements_tail)  # dictOrSet
    | STAR expr elements_tail                                         # setFromStar
    ;
dict_tail : comp_for | (COMMA dict_item)* COMMA? ;
dict_item : DOUBLESTAR expr | expression COLON expression ;

comp_for : comp_clause+ ;
comp_clause : ASYNC? FOR target_list IN cond (IF cond)* ;

// Targets of for loops and comprehensions stop below `comparison`, so that `in` ends them.
target_list : target (COMMA target)* COMMA? ;
target : STAR? expr ;

slices : slice (COMMA slice)* COMMA? ;
slice
    : STAR expr
    | expression (COLONEQUAL expression | slice_tail)?
    | slice_tail
    ;
slice_tail : COLON expression? (COLON expression?)? ;

arguments : argument (COMMA argument)* COMMA? ;
argument
    : STAR expression comp_for?   // comp_for only to report CPython's error for it
    | DOUBLESTAR expression
    | expression (COLONEQUAL expression | EQUAL expression | comp_for)?
    ;

yield_expr : YIELD (FROM expression | star_expressions)? ;

// ---- strings ---------------------------------------------------------------------------------------

strings : (STRING | fstring)+ ;
fstring : FSTRING_START (FSTRING_MIDDLE | replacement_field)* FSTRING_END ;
replacement_field
    : LBRACE (yield_expr | star_expressions) EQUAL? (EXCLAMATION NAME)? (COLON format_spec)? RBRACE ;
format_spec : (FSTRING_MIDDLE | replacement_field)* ;
