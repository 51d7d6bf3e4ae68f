/** One language's text of a seeded topic. */
export interface SeedText {
  slug: string;
  title: string;
  symptoms: string[];
  tags: string[];
  body: string;
}
