prints the digits 0 to 9 and a newline
++++++++++[>+++++<-]>-->++++++++++[<.+>-]++++++++++.
