/**
 * A sheet name not yet taken: 绩效自评表, then 绩效自评表 (2), 绩效自评表 (3), … Excel compares sheet
 * names without regard to case, and a name has at most 31 characters.
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
