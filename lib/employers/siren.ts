/**
 * SIREN: the 9-digit French company number, whose last digit is a Luhn check digit.
 * (La Poste's SIREN 356000000 is the one historical exception: its digits sum to a multiple of 5.)
 */
export function isValidSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  if (value === "356000000") return true;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    let digit = Number(value[8 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
