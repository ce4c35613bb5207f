/*
 * The lexical grammar of Python 3.13, written for pytk from the Python Language Reference (chapter 2)
 * and checked token for token against CPython 3.13's tokenizer.
 *
 * The grammar says what a token looks like. What depends on context lives in PythonLexerBase:
 * NEWLINE vs NL, INDENT/DEDENT from the indentation stack, bracket depth, and the f-string mode
 * switches (a replacement field, a format spec, the end of a field). Token type names are the ones
 * CPython's `token` module uses, so `tokenize -e` prints them as they are (see TOKENS.md).
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

// Emitted by PythonLexerBase, never matched by a rule.
tokens { INDENT, DEDENT, NL, FSTRING_MIDDLE, FSTRING_END }

// ---------------------------------------------------------------- line structure
NEWLINE   : '\r'? '\n' ;
WS        : [ \t\f]+ -> channel(HIDDEN) ;
LINE_JOIN : '\\' '\r'? '\n' -> channel(HIDDEN) ;
COMMENT   : '#' ~[\r\n]* -> channel(HIDDEN) ;

// ---------------------------------------------------------------- keywords (hard ones; soft ones are NAME)
FALSE : 'False' ;  NONE : 'None' ;  TRUE : 'True' ;  AND : 'and' ;  AS : 'as' ;  ASSERT : 'assert' ;
ASYNC : 'async' ;  AWAIT : 'await' ;  BREAK : 'break' ;  CLASS : 'class' ;  CONTINUE : 'continue' ;
DEF : 'def' ;  DEL : 'del' ;  ELIF : 'elif' ;  ELSE : 'else' ;  EXCEPT : 'except' ;  FINALLY : 'finally' ;
FOR : 'for' ;  FROM : 'from' ;  GLOBAL : 'global' ;  IF : 'if' ;  IMPORT : 'import' ;  IN : 'in' ;
IS : 'is' ;  LAMBDA : 'lambda' ;  NONLOCAL : 'nonlocal' ;  NOT : 'not' ;  OR : 'or' ;  PASS : 'pass' ;
RAISE : 'raise' ;  RETURN : 'return' ;  TRY : 'try' ;  WHILE : 'while' ;  WITH : 'with' ;  YIELD : 'yield' ;

// ---------------------------------------------------------------- literals
STRING
    : STRING_PREFIX? ( SHORT_SQ | SHORT_DQ | LONG_SQ | LONG_DQ ) ;

// An opening quote with no closing one: these only win when the complete STRING cannot match.
UNTERMINATED_LONG_STRING  : STRING_PREFIX? ( '\'\'\'' | '"""' ) { UnterminatedString(true); } ;
UNTERMINATED_SHORT_STRING : STRING_PREFIX? ( '\'' | '"' ) { UnterminatedString(false); } ;

// The f-string body is lexed in one of four modes (one per quote kind); PythonLexerBase picks it.
FSTRING_START : FSTRING_PREFIX ( '\'' | '"' | '\'\'\'' | '"""' ) ;

NUMBER
    : '0' [xX] ( '_'? HEX_DIGIT )+
    | '0' [oO] ( '_'? [0-7] )+
    | '0' [bB] ( '_'? [01] )+
    | DIGIT_PART
    | FLOAT_NUMBER
    | ( DIGIT_PART | FLOAT_NUMBER ) [jJ]
    ;

// Any run of ASCII identifier characters and non-ASCII characters: CPython's tokenize accepts all of
// them here, and PythonLexerBase checks XID_Start/XID_Continue when lexing for the parser.
NAME : ID_START ID_CONTINUE* ;

// ---------------------------------------------------------------- operators
LPAR : '(' ;  RPAR : ')' ;  LSQB : '[' ;  RSQB : ']' ;  LBRACE : '{' ;  RBRACE : '}' ;
COLON : ':' ;  COMMA : ',' ;  SEMI : ';' ;  PLUS : '+' ;  MINUS : '-' ;  STAR : '*' ;  SLASH : '/' ;
VBAR : '|' ;  AMPER : '&' ;  LESS : '<' ;  GREATER : '>' ;  EQUAL : '=' ;  DOT : '.' ;  PERCENT : '%' ;
EQEQUAL : '==' ;  NOTEQUAL : '!=' ;  LESSEQUAL : '<=' ;  GREATEREQUAL : '>=' ;  TILDE : '~' ;
CIRCUMFLEX : '^' ;  LEFTSHIFT : '<<' ;  RIGHTSHIFT : '>>' ;  DOUBLESTAR : '**' ;  PLUSEQUAL : '+=' ;
MINEQUAL : '-=' ;  STAREQUAL : '*=' ;  SLASHEQUAL : '/=' ;  PERCENTEQUAL : '%=' ;  AMPEREQUAL : '&=' ;
VBAREQUAL : '|=' ;  CIRCUMFLEXEQUAL : '^=' ;  LEFTSHIFTEQUAL : '<<=' ;  RIGHTSHIFTEQUAL : '>>=' ;
DOUBLESTAREQUAL : '**=' ;  DOUBLESLASH : '//' ;  DOUBLESLASHEQUAL : '//=' ;  AT : '@' ;  ATEQUAL : '@=' ;
RARROW : '->' ;  ELLIPSIS : '...' ;  EXCLAMATION : '!' ;
// Barry's '<>' (PEP 401): CPython lexes it, tokenize prints it as a plain OP, the parser rejects it.
LESSGREATER : '<>' ;
// At the top level of an f-string replacement field ':' starts the format spec, so ':=' is two tokens:
// PythonLexerBase.RawToken splits it there. (Not a predicate here: a predicate keeps the lexer's DFA from
// caching every state after ':', and the lexer would simulate its ATN at each colon of every file.)
COLONEQUAL : ':=' ;

// A backslash not followed by a line break.
BAD_CONTINUATION : '\\' { BadContinuation(); } ;

// Anything else: tokenize reports it as OP with the character as its string.
ERRORTOKEN : . ;

// ---------------------------------------------------------------- f-string bodies
// A body is literal text (FSTRING_MIDDLE; PythonLexerBase splits it at '{{' and '}}' as CPython does),
// '{' opening a replacement field, '}' closing a format spec, and the closing quote.
mode FSTRING_SQ;
SQ_END    : '\'' -> type(FSTRING_END) ;
SQ_MIDDLE : ( ( ~[\\{}'\n] | FSTRING_ESCAPE | DOUBLED_BRACE | NAMED_ESCAPE )+ '\\'? | '\\' ) -> type(FSTRING_MIDDLE) ;
SQ_LBRACE : '{' -> type(LBRACE) ;
SQ_RBRACE : '}' -> type(RBRACE) ;
SQ_EOL    : '\r'? '\n' { UnterminatedFString(); } ;

mode FSTRING_DQ;
DQ_END    : '"' -> type(FSTRING_END) ;
DQ_MIDDLE : ( ( ~[\\{}"\n] | FSTRING_ESCAPE | DOUBLED_BRACE | NAMED_ESCAPE )+ '\\'? | '\\' ) -> type(FSTRING_MIDDLE) ;
DQ_LBRACE : '{' -> type(LBRACE) ;
DQ_RBRACE : '}' -> type(RBRACE) ;
DQ_EOL    : '\r'? '\n' { UnterminatedFString(); } ;

mode FSTRING_TSQ;
TSQ_END    : '\'\'\'' -> type(FSTRING_END) ;
TSQ_MIDDLE : ( ( ~[\\{}'] | '\'' { !ClosesTripleQuote('\'') }? | FSTRING_ESCAPE | DOUBLED_BRACE | NAMED_ESCAPE )+ '\\'? | '\\' ) -> type(FSTRING_MIDDLE) ;
TSQ_LBRACE : '{' -> type(LBRACE) ;
TSQ_RBRACE : '}' -> type(RBRACE) ;

mode FSTRING_TDQ;
TDQ_END    : '"""' -> type(FSTRING_END) ;
TDQ_MIDDLE : ( ( ~[\\{}"] | '"' { !ClosesTripleQuote('"') }? | FSTRING_ESCAPE | DOUBLED_BRACE | NAMED_ESCAPE )+ '\\'? | '\\' ) -> type(FSTRING_MIDDLE) ;
TDQ_LBRACE : '{' -> type(LBRACE) ;
TDQ_RBRACE : '}' -> type(RBRACE) ;

// ---------------------------------------------------------------- fragments
fragment STRING_PREFIX  : [rRuUbB] | [bB][rR] | [rR][bB] ;
fragment FSTRING_PREFIX : [fF] | [fF][rR] | [rR][fF] ;
// A short string ends at '\n' only: a lone '\r' (which only the tokenize module sees) is part of it.
fragment SHORT_SQ : '\'' ( ESCAPE | ~[\\'\n] )* '\'' ;
fragment SHORT_DQ : '"' ( ESCAPE | ~[\\"\n] )* '"' ;
fragment LONG_SQ  : '\'\'\'' ( ESCAPE | ~'\\' )*? '\'\'\'' ;
fragment LONG_DQ  : '"""' ( ESCAPE | ~'\\' )*? '"""' ;
fragment ESCAPE   : '\\' ( '\r\n' | . ) ;

// In an f-string a backslash before a single brace is literal text and the brace keeps its meaning
// (hence the optional trailing backslash of a middle); before a doubled brace it is text, as is the brace.
// CPython reads "\N{" as the start of a named escape whatever follows, hence the predicate on 'N'.
fragment FSTRING_ESCAPE : '\\' ( '\r\n' | ~[{}N] | 'N' { FStringRaw || InputStream.LA(1) != '{' }? | DOUBLED_BRACE ) ;
// The predicates stand after the first character, not before it: a predicate at the start of a rule is in
// the closure of the mode's start state, which then is never cached, and every f-string token would be
// lexed by simulating the ATN.
fragment DOUBLED_BRACE  : '{' { !InFormatSpec }? '{' | '}' { !InFormatSpec }? '}' ;
// \N{NAME} in a non-raw f-string: its braces are not a replacement field (an unclosed one is text).
fragment NAMED_ESCAPE   : '\\' { !FStringRaw }? 'N{' ~[{}\r\n'"]* '}'? ;

fragment DIGIT_PART   : [0-9] ( '_'? [0-9] )* ;
fragment FLOAT_NUMBER : ( DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ) EXPONENT?
                      | DIGIT_PART EXPONENT ;
fragment EXPONENT     : [eE] [+-]? DIGIT_PART ;
fragment HEX_DIGIT    : [0-9a-fA-F] ;

fragment ID_START    : [a-zA-Z_\u0080-\u{10FFFF}] ;
fragment ID_CONTINUE : [a-zA-Z_0-9\u0080-\u{10FFFF}] ;
