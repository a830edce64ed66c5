// Every lint rule, in id order. Each rule lives in its own file.
import type { Rule } from '../lint/types';

export const ALL_RULES: readonly Rule[] = [];
