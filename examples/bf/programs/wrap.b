cells are 8 bit and wrap: 0 minus 1 is 255 and 255 plus 1 is 0
-.+>++++++++[<++++++++>-]<+.
