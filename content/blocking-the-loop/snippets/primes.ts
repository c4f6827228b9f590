// Lets the snippet import countPrimes as the lesson's files do.
export { countPrimes } from '../_files/primes.ts';
