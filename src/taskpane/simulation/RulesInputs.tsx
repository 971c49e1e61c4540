import type { Lang } from "../../engine/cells/lang";
import { Button, Caption1, Field, makeStyles, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import type { Dispatch } from "react";
import { formatEuro, formatNumber } from "../../engine/cells/format";
import type { SimulationRules } from "../../engine/simulation/scenario";
import type { SimulationStrings } from "./simulationStrings";
import { NumberSpin, percent, PercentSlider } from "./controls";
import { MAX_WAITING_MONTHS, type SimulationAction } from "./simulationState";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  threshold: { display: "flex", flexDirection: "column", rowGap: 0 },
  grid: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", alignItems: "start", columnGap: tokens.spacingHorizontalS },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The agreement's rules that a simulation changes: thresholds and strictness, partial payment, waiting limit, shares, premium. */
export function RulesInputs({
  rules,
  dispatch,
  strings,
  language,
}: {
  rules: SimulationRules;
  dispatch: Dispatch<SimulationAction>;
  strings: SimulationStrings;
  language: Lang;
}) {
  const styles = useStyles();
  const sharesSum = Math.round((rules.shares[0] + rules.shares[1] + rules.shares[2]) * 1e9) / 1e9;
  const threshold = (which: "full" | "partial") => {
    const value = which === "full" ? rules.fullThreshold : rules.partialThreshold;
    const strict = which === "full" ? rules.fullStrict : rules.partialStrict;
    return (
      <div className={styles.threshold}>
        <PercentSlider
          label={which === "full" ? strings.fullThreshold : strings.partialThreshold}
          value={value}
          language={language}
          testId={`${which}-threshold`}
          onChange={(fraction) => dispatch({ type: "threshold", which, value: fraction })}
        />
        <Switch
          checked={strict}
          label={strict ? strings.strict : strings.notStrict}
          aria-label={`${which === "full" ? strings.fullThreshold : strings.partialThreshold}: ${strict ? strings.strict : strings.notStrict}`}
          onChange={(_, data) => dispatch({ type: "strict", which, value: data.checked })}
        />
      </div>
    );
  };
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        <Subtitle2>{strings.rulesHeading}</Subtitle2>
      </legend>
      {threshold("full")}
      {threshold("partial")}
      <PercentSlider
        label={strings.partialPayment}
        value={rules.partialPayment}
        language={language}
        onChange={(fraction) => dispatch({ type: "partialPayment", value: fraction })}
      />
      <div className={styles.pair}>
        <NumberSpin
          label={strings.waitingLimit}
          value={rules.waitLimitMonths}
          min={1}
          max={MAX_WAITING_MONTHS}
          display={`${formatNumber(rules.waitLimitMonths, language)} ${strings.months}`}
          hint={strings.waitingLimitHint}
          language={language}
          onChange={(value) => dispatch({ type: "waitingLimit", value })}
        />
        <NumberSpin
          label={strings.premium}
          value={rules.premiumPerFamily}
          min={0}
          step={100}
          stepPage={1000}
          precision={2}
          display={formatEuro(rules.premiumPerFamily, language)}
          language={language}
          onChange={(value) => dispatch({ type: "premium", value })}
        />
      </div>
      <Field label={strings.shares}>
        <div className={styles.grid}>
          {rules.shares.map((share, i) => (
            <NumberSpin
              key={i}
              label={strings.shareLabel(i + 1)}
              name={strings.shareName(i + 1)}
              value={Number((share * 100).toFixed(4))}
              min={0}
              max={100}
              precision={4}
              display={percent(share, language, 2)}
              language={language}
              onChange={(value) => dispatch({ type: "share", index: i as 0 | 1 | 2, value: value / 100 })}
            />
          ))}
        </div>
      </Field>
      <Caption1 className={sharesSum === 1 ? undefined : styles.warning} role={sharesSum === 1 ? undefined : "status"}>
        {sharesSum === 1 ? strings.sharesSum(percent(sharesSum, language, 2)) : strings.sharesWarning(percent(sharesSum, language, 2))}
      </Caption1>
      <div>
        <Button size="small" icon={<ArrowResetRegular />} onClick={() => dispatch({ type: "resetRules" })}>
          {strings.resetRules}
        </Button>
      </div>
    </fieldset>
  );
}
