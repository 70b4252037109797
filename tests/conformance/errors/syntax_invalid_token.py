value = 5 $ 3
