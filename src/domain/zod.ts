import { z } from 'zod';

// Zod compiles schemas with `new Function` unless told not to, which a strict
// Content-Security-Policy forbids. Every schema module imports `z` from here so
// the setting is made before any schema is built.
z.config({ jitless: true });

export { z };
