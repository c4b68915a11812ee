/**
 * What every feature shares and no framework knows: typed outcomes services return or throw (never
 * interface text), mapped to pages and JSON by the web layer; and the daemon threads of background
 * work.
 */
package org.chronology.common;
