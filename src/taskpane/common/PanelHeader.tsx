import { Body1, makeStyles, Subtitle2 } from "@fluentui/react-components";

const useStyles = makeStyles({
  paragraph: { margin: 0 },
});

/** The top of a tab's panel: its heading (the id its section is labelled by) and what the tab does, in one paragraph or more. */
export function PanelHeader({ id, heading, intro }: { id: string; heading: string; intro: string | readonly string[] }) {
  const styles = useStyles();
  const paragraphs = typeof intro === "string" ? [intro] : intro;
  return (
    <>
      <Subtitle2 as="h2" id={id}>
        {heading}
      </Subtitle2>
      {paragraphs.map((text) => (
        <Body1 as="p" key={text} className={styles.paragraph}>
          {text}
        </Body1>
      ))}
    </>
  );
}
