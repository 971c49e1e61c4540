import { pick, type Lang } from "../../engine/cells/lang";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { PARAM_INFO, paramName } from "../../engine/agreement/params";
import type { RankingParams } from "../../engine/candidates/weights";
import { RANKING_PARAM_KEYS, type RankingParamKey } from "../../engine/keys";
import { RANKING_STYLES } from "./rankingLayout";
import type { RankingStrings } from "./rankingStrings";
import { weightOf, type WeightTexts } from "./weightTexts";

const useStyles = makeStyles({
  itemHeader: RANKING_STYLES.itemHeader,
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  input: { width: "100%", minWidth: 0 },
  hint: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, overflowWrap: "anywhere" },
});

/** The ranking's weights, folded: one field per weight, those changed from the agreement counted in the header. */
export function WeightsEditor(props: {
  texts: WeightTexts;
  agreement: RankingParams;
  changed: RankingParamKey[];
  onChange: (key: RankingParamKey, text: string) => void;
  onReset: () => void;
  strings: RankingStrings;
  language: Lang;
}) {
  const styles = useStyles();
  const { texts, strings: r, language } = props;
  return (
    <Accordion collapsible defaultOpenItems={[]}>
      <AccordionItem value="weights">
        <AccordionHeader>
          <span className={styles.itemHeader}>
            {r.weightsHeading}
            {props.changed.length > 0 ? (
              <Badge appearance="tint" color="warning" data-testid="weights-changed">
                {r.weightsChanged(props.changed.length)}
              </Badge>
            ) : null}
          </span>
        </AccordionHeader>
        <AccordionPanel>
          <Caption1 as="p">{r.weightsHint}</Caption1>
          <div className={styles.grid}>
            {RANKING_PARAM_KEYS.map((key) => {
              const invalid = weightOf(key, texts[key], language) === null;
              const info = PARAM_INFO[key];
              return (
                <Field
                  key={key}
                  label={pick(info.description, language)}
                  hint={<span className={styles.hint}>{paramName(key)}</span>}
                  validationMessage={invalid ? r.weightInvalid(pick(info.expected, language)) : undefined}
                  validationState={invalid ? "error" : "none"}
                >
                  <Input
                    className={styles.input}
                    value={texts[key]}
                    inputMode="decimal"
                    onChange={(_, data) => props.onChange(key, data.value)}
                  />
                </Field>
              );
            })}
          </div>
          <Button
            icon={<ArrowResetRegular />}
            disabled={props.changed.length === 0 && RANKING_PARAM_KEYS.every((key) => weightOf(key, texts[key], language) !== null)}
            onClick={props.onReset}
          >
            {r.resetWeights}
          </Button>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
