from mpmath import mp, mpf, exp, fsum, loggamma, log, quad, inf, expm1
mp.dps = 50
def terms_upto(A, n):
    # A^k/k! for k < n, in mpmath (no overflow: arbitrary exponent range)
    out=[]; p=mpf(1)
    for k in range(n):
        out.append(p); p = p*A/(k+1)
    return out, p  # p = A^n/n!
def erlang_c(A, N, h, t):
    A=mpf(A); s, pN = terms_upto(A, N)
    top = pN*N/(N-A); C = top/(fsum(s)+top)
    return C, 1-C*exp(-(N-A)*mpf(t)/h), C*h/(N-A)
def erlang_a_chain(A, n, h, theta, K):
    A=mpf(A); r=mpf(h)/theta
    s, p = terms_upto(A, n)
    q=[p]
    for i in range(1,K):
        p = p*A/(n+i*r); q.append(p)
    Z = fsum(s)+fsum(q)
    pw = fsum(q)/Z
    pab = r*fsum(i*q[i] for i in range(len(q)))/Z/A
    return pw, pab
for (A,N) in [(9000,9100),(9000,10000),(1,2),(0.5,1),(9999.5,10000)]:
    C,sl,asa = erlang_c(A,N,180,20)
    print("C", A, N, repr(float(C)), repr(float(sl)), repr(float(asa)))
for (A,n,theta,K) in [(9000,9000,60,4000),(9000,8500,30,20000),(9000,9100,600,3000)]:
    pw,pab = erlang_a_chain(A,n,180,theta,K)
    print("A", A, n, theta, repr(float(pw)), repr(float(pab)))
