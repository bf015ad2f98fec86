copies standard input to standard output
,[.[-],]
