import { inject, onBeforeUnmount, provide, ref, shallowReactive, type InjectionKey, type Ref } from 'vue';

/** What one field still lacks, in words: its label and its unmet rules' texts (empty when done). */
export interface FieldShortfall {
  label: string;
  unmet: string[];
}

/**
 * Between the wizard and the fields of its step: a tap on the greyed "next" raises `attempts`, so
 * every field shows its unmet rules as errors, and the wizard asks the fields what they still lack
 * to say it next to the button.
 */
interface WizardCheck {
  attempts: Ref<number>;
  report(shortfall: () => FieldShortfall): () => void;
}

const key: InjectionKey<WizardCheck> = Symbol('wizardCheck');

/** For the wizard: the tap counter and what the fields of the current step still lack. */
export function provideWizardCheck(): { attempts: Ref<number>; shortfalls: () => FieldShortfall[] } {
  const attempts = ref(0);
  // Reactive, so what the wizard says follows the fields of the step as they come and go.
  const reporters = shallowReactive(new Set<() => FieldShortfall>());
  provide(key, {
    attempts,
    report(shortfall) {
      reporters.add(shortfall);
      return () => reporters.delete(shortfall);
    },
  });
  return { attempts, shortfalls: () => [...reporters].map((r) => r()).filter((s) => s.unmet.length > 0) };
}

/** For a field: how often "next" was tapped in vain (0 outside a wizard), and its shortfall reported while mounted. */
export function useWizardCheck(shortfall: () => FieldShortfall): Ref<number> {
  const check = inject(key, null);
  if (!check) return ref(0);
  onBeforeUnmount(check.report(shortfall));
  return check.attempts;
}
