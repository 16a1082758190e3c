"""XML from files a person can write (`ldm add-domain -i`, `zonecfg create -a`,
/etc/zones): parsed by defusedxml, so that a document declaring entities (the "billion
laughs") or referring to external ones is refused instead of expanded or fetched.

Every XML parse in zonetui goes through `parse_xml`; a test keeps it so.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

__all__ = ["Element", "ParseError", "UnsafeXml", "parse_xml"]

MSG_UNSAFE = "entity declarations and external references are not accepted"


class UnsafeXml(ValueError):
    """The document declares entities or refers to external ones."""

    def __init__(self) -> None:
        super().__init__(MSG_UNSAFE)


def parse_xml(text: str) -> Element:
    """The root element of `text`; ParseError when it is not well-formed XML, UnsafeXml
    when it declares entities or refers outside itself (a DOCTYPE naming an external DTD,
    as /etc/zones files do, is accepted and never read)."""
    try:  # the file's bytes, as the real parser reads them (simulated text keeps bytes that
        # are not UTF-8 as lone surrogates: the parser then finds them not well-formed)
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise UnsafeXml() from None
    except LookupError as error:  # encoding="UF-8": a parser knows no such encoding
        raise ParseError(str(error)) from None
