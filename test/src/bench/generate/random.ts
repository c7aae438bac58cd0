/** Resource names that generated apps are about; none of them is a session or cookie word. */
export const RESOURCES: readonly string[] = [
  'product', 'order', 'invoice', 'customer', 'supplier', 'shipment', 'warehouse', 'ticket', 'article', 'comment',
  'category', 'review', 'payment', 'refund', 'coupon', 'project', 'task', 'milestone', 'report', 'booking',
];

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function plural(word: string): string {
  return word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`;
}
