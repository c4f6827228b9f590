// CPU 工作：用试除法数出 [from, to) 中的质数。
// 它从不 await 任何东西，所以谁调用它，谁就一直占着线程，直到它返回。
export function countPrimes(from: number, to: number): number {
  let count = 0;
  for (let n = Math.max(2, from); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}
