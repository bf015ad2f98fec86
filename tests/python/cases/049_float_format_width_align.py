for v in [1.5, -22.25, 333.125]:
    print(f'[{v:8.2f}] [{v:<8.2f}] [{v:^8.2f}] [{v:*>9.1f}] [{v:=+9.2f}]')
print(f'{3.0:5}|{3.0:<5}|', f'{1e100:.3}')
print(format(2.5), format(2.5, ''), format(1e16, ''), format(1e16))
