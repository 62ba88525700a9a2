from mpmath import mp, mpf, exp, factorial, quad, inf, log, e
mp.dps = 40
def erlangC(N, A):
    s = sum(A**k/factorial(k) for k in range(N))
    top = A**N/factorial(N) * N/(N-A)
    return top/(s+top)
def report(calls, interval, aht, N, t):
    A = mpf(calls)/interval*aht
    C = erlangC(N, A)
    sl = 1 - C*exp(-(N-A)*t/aht)
    asa = C*aht/(N-A)
    print(f"calls={calls} int={interval} aht={aht} N={N} A={float(A):.6f} Pw={float(C):.12f} SL={float(sl):.12f} ASA={float(asa):.12f} occ={float(A/N):.12f}")
for N in range(12,17): report(100,1800,180,N,20)
for N in range(53,58): report(360,1800,240,N,15)
