// The project's own test documents: test/fixtures/ (plans, import inputs, rule fixtures) and
// the clean example examples/clean.plan. test/fixtures/README.md describes each plan.
import * as fs from 'fs';
import * as path from 'path';
import { parsePlan } from '../../core/parse';
import type { PlanDocument } from '../../core/model';
import { EXAMPLES_DIR, FIXTURES_DIR } from './paths';

/** The plans of test/fixtures/plans/, by name (without .plan). */
export const PLAN_FIXTURES = ['county-bureau', 'one-line-items', 'two-parts', 'subsections', 'hostile', 'web-copy'] as const;
export type PlanFixture = (typeof PLAN_FIXTURES)[number];

/** A file under test/fixtures/. */
export function fixturePath(rel: string): string {
  return path.join(FIXTURES_DIR, rel);
}

export function readFixture(rel: string): string {
  return fs.readFileSync(fixturePath(rel), 'utf8');
}

export function readFixtureBytes(rel: string): Buffer {
  return fs.readFileSync(fixturePath(rel));
}

/** test/fixtures/plans/<name>.plan */
export function planPath(name: PlanFixture): string {
  return fixturePath(path.join('plans', `${name}.plan`));
}

export function readPlan(name: PlanFixture): string {
  return fs.readFileSync(planPath(name), 'utf8');
}

export function planDoc(name: PlanFixture): PlanDocument {
  return parsePlan(readPlan(name));
}

export const CLEAN_EXAMPLE = path.join(EXAMPLES_DIR, 'clean.plan');

/** The project's clean example plan (examples/clean.plan), the one well-formed reference. */
export function cleanExample(): string {
  return fs.readFileSync(CLEAN_EXAMPLE, 'utf8');
}

/** Every plan the repository holds as a document: the plan fixtures and the clean example. */
export function allPlans(): { name: string; file: string }[] {
  return [
    ...PLAN_FIXTURES.map(name => ({ name: `plans/${name}.plan`, file: planPath(name) })),
    { name: 'examples/clean.plan', file: CLEAN_EXAMPLE },
  ];
}

/** What hostile.plan carries in its title, units and item title. */
export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_IMG = '"><img src=x onerror=alert(1)>';

/** A plan with six characters XML cannot hold: in the title, a section, an item and a block. */
export const DIRTY_PLAN = '某县\u0001教育局工作要点\n\n一、总体\uFFFE要求\n\n1. 任务\u0001甲\uFFFE乙\uD800丙。\n目标任务：完成\u000B工作\n责任股室（单位）：人事股\n';
