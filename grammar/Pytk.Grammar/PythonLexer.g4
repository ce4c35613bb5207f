lexer grammar PythonLexer;
NAME : [a-z]+ ;
WS : [ ]+ -> skip ;
