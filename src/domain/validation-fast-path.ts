// The per-record cost of validation (issue 18, bench/PROFILE.md §2): class-transformer's
// plainToInstance and class-validator's validateSync stay the reference and give every error, but the
// common case (a well-formed record) skips their per-object overhead:
// - toInstance: builds the instances plainToInstance would build (a new instance per class, the @Type
//   class for nested objects), but shares plain subtrees (arrays, objects, primitives) with the input
//   instead of deep-copying them: they are checked to be plain data that plainToInstance would copy
//   exactly (no key it skips or chokes on, such as "constructor", "__proto__", "toString"; no holes;
//   no Date, Map, Set, class instance or null-prototype object). Anything else goes to plainToInstance.
// - validateFast: class-validator rebuilds its metadata lookup for every object it validates
//   (MetadataStorage.getTargetValidationMetadatas filters and walks inheritance per call, and its
//   default container finds each constraint's instance by a linear search). Here that lookup is made
//   once per class, and a record is checked against it with no error objects built: a record that
//   passes every constraint gets [] (what validateSync returns for it); any failure, or anything this
//   check does not model, runs validateSync itself, so the errors are class-validator's own.
// Why this is safe to cache: decorators register their metadata when a class is defined, before any
// instance exists, and this project neither adds rules at run time nor sets a container (useContainer).
// This mirrors what class-transformer's TransformOperationExecutor does with plain data and the
// decisions of class-validator's ValidationExecutor, through their exported API only. Checked on
// class-transformer 0.5.1 and class-validator 0.15.1; tests/validation-fast-path.test.ts compares both
// with the libraries on every kind of record, good and bad, and fails when they disagree: run it after
// upgrading either library.
import { plainToInstance } from "class-transformer";
import { getMetadataStorage, validateSync, ValidationTypes, type MetadataStorage, type ValidationError, type ValidatorOptions } from "class-validator";

type Class = new () => object;
const BAIL = Symbol("not plain: use the library");
type Bail = typeof BAIL;

/** How many calls went to the libraries instead (for the tests: good records must not). */
export const fallbacks = { toInstance: 0, validate: 0 };

// ---------- class-transformer: plainToInstance without the copy ----------

/** Types plainToInstance converts to or from by itself: never built here. */
const BUILT_INS: unknown[] = [String, Number, Boolean, Date, Buffer, Map, Set, Promise, Array, Object];

/**
 * Per class, per property with validation rules: the class plainToInstance builds for an object in it
 * (@Type), undefined when it copies plain data, BAIL when it does anything else. Learnt from
 * plainToInstance itself, so nothing depends on how class-transformer stores its decorators (a second
 * copy of the library, e.g. under vitest's global setup, keeps its own store).
 */
const copyRules = new Map<Function, Map<string, Class | undefined | Bail> | null>();
const sameKeys = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/** The rules learnt for `cls`; null when plainToInstance adds fields of its own (exposed, defaults), or it has no validation rules. */
function rulesOf(cls: Class): Map<string, Class | undefined | Bail> | null {
  let rules = copyRules.get(cls);
  if (rules === undefined) {
    rules = planOf(cls) && sameKeys(Object.keys(plainToInstance(cls, {})), Object.keys(new cls())) ? new Map() : null;
    copyRules.set(cls, rules);
  }
  return rules;
}

function propertyType(cls: Class, key: string): Class | undefined | Bail {
  // Only properties with rules: any other is an error (whitelist) that the libraries report.
  const rules = rulesOf(cls);
  if (!rules || !planOf(cls)!.names.has(key)) return BAIL;
  if (!rules.has(key)) rules.set(key, learnType(cls, key));
  return rules.get(key);
}

const PROBE_TEXT = "probe: copied as it is";

/** What plainToInstance makes of `key` given a string, an object and an array of objects. */
function learnType(cls: Class, key: string): Class | undefined | Bail {
  const fresh = Object.keys(new cls());
  const probe = (value: unknown) => plainToInstance(cls, { [key]: value }) as Record<string, unknown>;
  const text = probe(PROBE_TEXT);
  if (text[key] !== PROBE_TEXT || !sameKeys(Object.keys(text), fresh.includes(key) ? fresh : [...fresh, key])) return BAIL;
  const object = probe({})[key];
  const list = probe([{}])[key];
  if (typeof object !== "object" || object === null || !Array.isArray(list) || Object.getPrototypeOf(list) !== Array.prototype || list.length !== 1) return BAIL;
  const proto: unknown = Object.getPrototypeOf(object);
  if (Object.getPrototypeOf(list[0]) !== proto) return BAIL;
  const type: unknown = proto === Object.prototype ? undefined : (proto as { constructor?: unknown }).constructor;
  if (type !== undefined && (typeof type !== "function" || type.prototype !== proto || BUILT_INS.includes(type))) return BAIL;
  // An empty object must give a fresh instance (or {}): nothing added.
  const empty = type === undefined ? [] : Object.keys(new (type as Class)());
  return sameKeys(Object.keys(object), empty) && sameKeys(Object.keys(list[0] as object), empty) ? (type as Class | undefined) : BAIL;
}

/** Data plainToInstance copies as it is, key for key: primitives, and arrays and objects of them. */
function isPlainData(value: unknown): boolean {
  if (value === null || typeof value !== "object") return typeof value !== "function";
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isPlainData(value[i])) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) {
    // for-in also walks inherited enumerable keys: none on Object.prototype, so these are own keys.
    if (key in Object.prototype || !isPlainData((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** `value` as plainToInstance gives it for a property typed `type` (plain data shared), or BAIL. */
function build(value: unknown, type: Class | undefined): unknown {
  if (type === undefined) return isPlainData(value) ? value : BAIL;
  if (value === null || typeof value !== "object") return typeof value === "function" ? BAIL : value;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return BAIL;
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = i in value ? build(value[i], type) : BAIL;
      if (item === BAIL) return BAIL;
      out.push(item);
    }
    return out;
  }
  return buildObject(type, value);
}

function buildObject(cls: Class, value: object): object | Bail {
  if (Object.getPrototypeOf(value) !== Object.prototype || !rulesOf(cls)) return BAIL;
  const out = new cls() as Record<string, unknown>;
  const proto: object = Object.getPrototypeOf(out);
  for (const key of Object.keys(value)) {
    // plainToInstance skips keys the class (or Object) already has as a method or accessor.
    if (key in proto || typeof out[key] === "function") return BAIL;
    const type = propertyType(cls, key);
    const built = type === BAIL ? BAIL : build((value as Record<string, unknown>)[key], type);
    if (built === BAIL) return BAIL;
    out[key] = built;
  }
  return out;
}

/** plainToInstance(cls, plain), for validation and reading: the same instances, plain subtrees shared. */
export function toInstance<T extends object>(cls: new () => T, plain: unknown): T {
  const built = plain !== null && typeof plain === "object" && !Array.isArray(plain) ? buildObject(cls, plain) : BAIL;
  if (built !== BAIL) return built as T;
  fallbacks.toInstance++;
  return plainToInstance(cls, plain) as T;
}

// ---------- class-validator: the metadata lookup once per class ----------

type ValidationMetadata = ReturnType<MetadataStorage["getTargetValidationMetadatas"]>[number];
type ConstraintMetadata = ReturnType<MetadataStorage["getTargetValidatorConstraints"]>[number];

interface PropertyPlan {
  name: string;
  /** IsOptional, ValidateIf: all true, or the property is not validated. */
  conditions: ValidationMetadata[];
  /** IsDefined and the custom constraints (every built-in decorator), with their validator instances. */
  checks: Array<{ metadata: ValidationMetadata; validators: Array<ConstraintMetadata["instance"]> }>;
  nested: boolean;
}

interface ClassPlan {
  names: Set<string>;
  properties: PropertyPlan[];
}

/** The options this check models; with any other, validateFast is validateSync. */
const MODELLED_OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };
const modelled = (options: ValidatorOptions) =>
  Object.keys(options).length === 3 && Object.entries(MODELLED_OPTIONS).every(([key, value]) => options[key as keyof ValidatorOptions] === value);

const plans = new Map<unknown, ClassPlan | null>();

/** What validateSync applies to an instance of `target` with MODELLED_OPTIONS; null: not modelled (or no rules). */
function planOf(target: unknown): ClassPlan | null {
  if (plans.has(target)) return plans.get(target)!;
  const plan = typeof target === "function" ? buildPlan(target) : null;
  plans.set(target, plan);
  return plan;
}

function buildPlan(target: Function): ClassPlan | null {
  const storage = getMetadataStorage();
  // The arguments ValidationExecutor.execute passes for these options: no schema, always false, no groups.
  const metadatas = storage.getTargetValidationMetadatas(target, undefined as unknown as string, false, false, undefined as unknown as string[]);
  if (metadatas.length === 0) return null;
  const known: string[] = [ValidationTypes.CUSTOM_VALIDATION, ValidationTypes.NESTED_VALIDATION, ValidationTypes.CONDITIONAL_VALIDATION, ValidationTypes.IS_DEFINED, ValidationTypes.WHITELIST];
  if (metadatas.some((m) => !known.includes(m.type) || m.context !== undefined)) return null;
  const grouped = storage.groupByPropertyName(metadatas);
  const properties = Object.entries(grouped).map(([name, list]) => ({
    name,
    conditions: list.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION),
    checks: list
      .filter((m) => m.type === ValidationTypes.IS_DEFINED || m.type === ValidationTypes.CUSTOM_VALIDATION)
      .sort((a, b) => Number(b.type === ValidationTypes.IS_DEFINED) - Number(a.type === ValidationTypes.IS_DEFINED))
      .map((metadata) => ({ metadata, validators: storage.getTargetValidatorConstraints(metadata.constraintCls).filter((c) => !c.async).map((c) => c.instance) })),
    nested: list.some((m) => m.type === ValidationTypes.NESTED_VALIDATION),
  }));
  return { names: new Set(Object.keys(grouped)), properties };
}

const isPromise = (value: unknown) => value !== null && typeof value === "object" && typeof (value as { then?: unknown }).then === "function";

/** True only if validateSync finds nothing wrong with `object` (false: ask validateSync). */
function passes(object: unknown): boolean {
  if (object === null || typeof object !== "object") return false;
  const plan = planOf(object.constructor);
  if (!plan) return false;
  for (const key of Object.keys(object)) if (!plan.names.has(key)) return false;
  for (const property of plan.properties) {
    const value = (object as Record<string, unknown>)[property.name];
    // Every condition is called, as class-validator does, before the result counts.
    let validated = true;
    for (const m of property.conditions) if (!(m.constraints[0] as (o: object, v: unknown) => unknown)(object, value)) validated = false;
    if (!validated) continue;
    for (const check of property.checks) if (!checkPasses(object, value, check)) return false;
    if (property.nested && value !== undefined && !nestedPasses(value)) return false;
  }
  return true;
}

function checkPasses(object: object, value: unknown, { metadata, validators }: PropertyPlan["checks"][number]): boolean {
  if (metadata.validateIf && !metadata.validateIf(object, value)) return true;
  const each = metadata.each && (Array.isArray(value) || value instanceof Set || value instanceof Map);
  for (const validator of validators) {
    const args = { targetName: object.constructor ? object.constructor.name : undefined, property: metadata.propertyName, object, value, constraints: metadata.constraints };
    if (!each) {
      if (!holds(validator.validate(value, args as never))) return false;
      continue;
    }
    const values = Array.isArray(value) ? value : [...(value as Set<unknown> | Map<unknown, unknown>).values()];
    for (let i = 0; i < values.length; i++) if (!(i in values) || !holds(validator.validate(values[i], args as never))) return false;
  }
  return true;
}

/** A validator's answer that validateSync counts as passed (a promise it would not wait for: ask it). */
const holds = (valid: unknown) => Boolean(valid) && !isPromise(valid);

/** @ValidateNested: arrays, sets and maps item by item (undefined items pass), objects by their own class. */
function nestedPasses(value: unknown): boolean {
  if (Array.isArray(value) || value instanceof Set || value instanceof Map) {
    const items = Array.isArray(value) ? value : [...value.values()];
    for (let i = 0; i < items.length; i++) if (!(i in items) || (items[i] !== undefined && !nestedPasses(items[i]))) return false;
    return true;
  }
  return value instanceof Object && passes(value);
}

/** validateSync(object, options): [] at once for an object that passes every rule, else class-validator's errors. */
export function validateFast(object: object, options: ValidatorOptions): ValidationError[] {
  if (modelled(options) && passes(object)) return [];
  fallbacks.validate++;
  return validateSync(object, options);
}
