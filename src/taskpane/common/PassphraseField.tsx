import { pick, type Lang, type Text } from "../../engine/cells/lang";
import { Field, Input } from "@fluentui/react-components";

/** The passphrase of the pseudonyms, typed hidden: its hint, or why it is not good enough. */
export function PassphraseField(props: {
  label: string;
  hint: string;
  /** What is wrong with the passphrase typed; null when nothing is. */
  problem: Text | null;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  language: Lang;
  testId?: string;
}) {
  const { problem } = props;
  return (
    <Field
      label={props.label}
      hint={problem === null ? props.hint : undefined}
      validationState={problem === null ? "none" : "warning"}
      validationMessage={problem === null ? undefined : pick(problem, props.language)}
    >
      <Input
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value)}
        data-testid={props.testId}
      />
    </Field>
  );
}
