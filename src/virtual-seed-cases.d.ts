declare module 'virtual:seed-cases' {
  import type { Dataset } from './domain/dataset.ts';
  /** Every case under seeds/, built and validated at dev and build time. */
  const datasets: Dataset[];
  export default datasets;
}
