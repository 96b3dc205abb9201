// A CSL style for the one thing the atlas cites itself as: a web page, in the Chicago Manual of
// Style's notes-and-bibliography form ("Title." Site. Last modified Month D, YYYY. URL.). Written
// for the atlas; citeproc (through citation-js) does the formatting.
export const CHICAGO_WEB_PAGE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style, notes and bibliography: web pages (Foreign Relations Atlas)</title>
    <id>urn:atlas:csl:chicago-web-page</id>
    <updated>2026-12-07T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="first" and="text" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
    </names>
  </macro>
  <macro name="date">
    <choose>
      <if variable="issued">
        <group delimiter=" ">
          <text value="Last modified"/>
          <date variable="issued" form="text"/>
        </group>
      </if>
      <else-if variable="accessed">
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed" form="text"/>
        </group>
      </else-if>
    </choose>
  </macro>
  <citation>
    <layout suffix=".">
      <text variable="title" quotes="true"/>
    </layout>
  </citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text variable="title" quotes="true"/>
        <text variable="container-title"/>
        <text macro="date"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
