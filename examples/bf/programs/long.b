long running nested loops that print a checksum byte then a newline
++++[>-[>-[>-[>+<-]<-]<-]<-]>>>>.[-]++++++++++.
