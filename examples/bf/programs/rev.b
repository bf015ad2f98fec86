prints its input reversed
>,[>,]<[.<]
