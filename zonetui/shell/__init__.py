"""The simulated root shell: lexer, interpreter, builtins, completion."""
