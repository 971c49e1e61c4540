import { pick, type Lang } from "../../engine/cells/lang";
import { Field, makeStyles, Slider, SpinButton, Text, tokens, type SpinButtonOnChangeData } from "@fluentui/react-components";
import { formatNumber } from "../../engine/cells/format";
import { typedValue } from "../parameters/agreementForm";
import { simulationStringsFor } from "./simulationStrings";

/** The simulation's inputs: percentages on sliders, counts and amounts on spin buttons; all work from the keyboard. */

const useStyles = makeStyles({
  sliderRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  slider: { flexGrow: 1, minWidth: 0 },
  value: { minWidth: "4.5em", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  /** Full width of its field, padding included, so two spin buttons share a narrow pane. */
  spin: { width: "100%", minWidth: 0, boxSizing: "border-box", gridTemplateColumns: "minmax(0, 1fr) 24px" },
  spinInput: { width: "100%", minWidth: 0 },
});

/** "80 %", "63,6 %": a fraction as a percentage with at most `decimals` decimals. */
export const percent = (fraction: number, language: Lang, decimals = 1): string =>
  `${formatNumber(Number((fraction * 100).toFixed(decimals)), language)} %`;

/** A whole number with thousands separators: "2.000" / "2,000" (also below 10,000, unlike Italian CLDR). */
export const groupedWhole = (n: number, language: Lang): string =>
  String(n).replace(/\B(?=(\d{3})+$)/g, pick({ it: ".", en: "," }, language));

/** What a spin button committed: its value, or the text typed (Italian "1.234,5", "20 %", "6.000 €"). */
export function committedNumber(data: SpinButtonOnChangeData, language: Lang): number | null {
  if (typeof data.value === "number" && Number.isFinite(data.value)) return data.value;
  if (data.displayValue === undefined) return null;
  const typed = typedValue(data.displayValue.replace(/%/g, ""), language);
  return typeof typed === "number" ? typed : null;
}

/** A fraction between 0 and 1 on a slider of whole percentages; the exact fraction is kept until the slider moves. */
export function PercentSlider({
  label,
  value,
  onChange,
  language,
  hint,
  disabled,
  testId,
  min = 0,
  max = 100,
  step = 1,
  format,
}: {
  label: string;
  value: number;
  onChange: (fraction: number) => void;
  language: Lang;
  hint?: string;
  disabled?: boolean;
  testId?: string;
  min?: number;
  max?: number;
  step?: number;
  /** How the value is shown beside the slider (default: a percentage). */
  format?: (fraction: number) => string;
}) {
  const styles = useStyles();
  const shown = format === undefined ? percent(value, language) : format(value);
  return (
    <Field label={label} hint={hint}>
      <div className={styles.sliderRow}>
        <Slider
          className={styles.slider}
          min={min}
          max={max}
          step={step}
          value={Math.round(value * 100)}
          disabled={disabled}
          aria-valuetext={shown}
          data-testid={testId}
          onChange={(_, data) => onChange(data.value / 100)}
        />
        <Text className={styles.value} aria-hidden="true">
          {shown}
        </Text>
      </div>
    </Field>
  );
}

/**
 * A whole number (or an amount) on a spin button: arrows ±step, Page up/down ±stepPage, Home/End to the bounds.
 * `name` is what a screen reader says when the visible label alone is ambiguous in the tab (it contains the label);
 * the arrow buttons are named after it, in the pane's language.
 */
export function NumberSpin({
  label,
  name,
  value,
  onChange,
  language,
  min,
  max,
  step = 1,
  stepPage,
  precision = 0,
  display,
  hint,
  disabled,
}: {
  label: string;
  name?: string;
  value: number;
  onChange: (value: number) => void;
  language: Lang;
  min?: number;
  max?: number;
  step?: number;
  stepPage?: number;
  precision?: number;
  display?: string;
  hint?: string;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const strings = simulationStringsFor(language);
  const spoken = name ?? label;
  return (
    <Field label={label} hint={hint}>
      <SpinButton
        className={styles.spin}
        input={{ className: styles.spinInput }}
        aria-label={name}
        incrementButton={{ "aria-label": strings.increase(spoken) }}
        decrementButton={{ "aria-label": strings.decrease(spoken) }}
        value={value}
        displayValue={display ?? formatNumber(value, language)}
        min={min}
        max={max}
        step={step}
        stepPage={stepPage ?? step * 5}
        precision={precision}
        disabled={disabled}
        onChange={(_, data) => {
          const next = committedNumber(data, language);
          if (next !== null) onChange(next);
        }}
      />
    </Field>
  );
}
